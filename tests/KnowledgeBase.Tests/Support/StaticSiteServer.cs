using System.Net;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Serves a built site as plain files on 127.0.0.1, as any static web server would: folder URLs get their
/// index.html, a missing file gets 404.html. Lets browser tests prove the site works without kb serve.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".svg"] = "image/svg+xml",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public StaticSiteServer(string root)
    {
        _root = root;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public string BaseUrl { get; }

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        var file = Path.GetFullPath(Path.Combine(_root, path));
        if (Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }

        var status = 200;
        if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
        {
            file = Path.Combine(_root, "404.html");
            status = 404;
        }

        var bytes = File.ReadAllBytes(file);
        context.Response.StatusCode = status;
        context.Response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    private static int FreePort()
    {
        var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(2));
    }
}
