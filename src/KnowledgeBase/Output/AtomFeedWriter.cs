using System.Globalization;
using System.Text;
using System.Xml;
using KnowledgeBase.Content;
using KnowledgeBase.Site;

namespace KnowledgeBase.Output;

/// <summary>
/// Writes <c>feed.xml</c>, an Atom feed of the most recently reviewed entries. Dates come from the content,
/// not the build machine's clock, so the feed is the same for the same input.
/// </summary>
public static class AtomFeedWriter
{
    public static OutputFile Write(SiteGraph graph)
    {
        var entries = graph.RecentlyReviewed(graph.Config.FeedEntries).ToList();
        var baseUrl = graph.Config.BaseUrl;
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteElementString("title", atom, $"{graph.Config.Title}: recently reviewed");
            xml.WriteElementString("id", atom, baseUrl.AbsoluteUri);
            xml.WriteElementString("updated", atom, Timestamp(entries.Select(e => e.Entry.Reviewed).Max()));
            Link(xml, new Uri(baseUrl, graph.Urls.Feed).AbsoluteUri, "self");
            Link(xml, new Uri(baseUrl, graph.Urls.Home).AbsoluteUri, "alternate");
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, string.IsNullOrEmpty(graph.Config.Owner) ? graph.Config.Title : graph.Config.Owner);
            xml.WriteEndElement();
            foreach (var page in entries)
            {
                var url = new Uri(baseUrl, page.Url).AbsoluteUri;
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, page.Title);
                xml.WriteElementString("id", atom, url);
                Link(xml, url, "alternate");
                xml.WriteElementString("updated", atom, Timestamp(page.Entry.Reviewed));
                xml.WriteStartElement("category", atom);
                xml.WriteAttributeString("term", EntryKinds.Id(page.Entry.Kind));
                xml.WriteEndElement();
                xml.WriteElementString("summary", atom, page.Entry.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return new OutputFile("feed.xml", stream.ToArray());
    }

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly? date) =>
        (date ?? new DateOnly(2000, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
