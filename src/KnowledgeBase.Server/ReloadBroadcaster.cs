using System.Threading.Channels;

namespace KnowledgeBase.Server;

/// <summary>
/// Tells every open page (over server-sent events) that the site was rebuilt, or that the rebuild failed. The last
/// failure is remembered until a build succeeds, so a page opened or reloaded after it shows the errors too.
/// </summary>
public sealed class ReloadBroadcaster
{
    public const string Errors = "errors";
    private readonly Lock _gate = new();
    private readonly List<Channel<(string Event, string Data)>> _clients = [];
    private string? _lastErrors;

    public ChannelReader<(string Event, string Data)> Subscribe(CancellationToken cancel)
    {
        var channel = Channel.CreateBounded<(string, string)>(new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _clients.Add(channel);
            if (_lastErrors is { } errors)
            {
                channel.Writer.TryWrite((Errors, errors));
            }
        }

        cancel.Register(() =>
        {
            lock (_gate)
            {
                _clients.Remove(channel);
            }

            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    public void Publish(string eventName, string data)
    {
        lock (_gate)
        {
            _lastErrors = eventName == Errors ? data : null;
            foreach (var client in _clients)
            {
                client.Writer.TryWrite((eventName, data));
            }
        }
    }

    public int Clients
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }
}
