using System.Text;
using System.Xml;
using KnowledgeBase.Site;

namespace KnowledgeBase.Output;

/// <summary>Writes <c>sitemap.xml</c>: every page's absolute URL, with the entry's review date as last modified.</summary>
public static class SitemapWriter
{
    public static OutputFile Write(SiteGraph graph, IEnumerable<SitemapEntry> pages)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var (url, modified) in pages.OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", new Uri(graph.Config.BaseUrl, url).AbsoluteUri);
                if (modified is { } date)
                {
                    xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return new OutputFile("sitemap.xml", stream.ToArray());
    }
}
