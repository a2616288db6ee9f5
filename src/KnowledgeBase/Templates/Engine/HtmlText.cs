using System.Text;

namespace KnowledgeBase.Templates.Engine;

/// <summary>
/// Escapes text for HTML element content and attribute values: quotes, ampersand, angle brackets, backtick and
/// equals, so text breaks out of neither an element nor an attribute, quoted or not. Other characters are written
/// as they are (the pages are UTF-8). The entities are those the theme's pages have always used, so pages stay
/// byte-identical.
/// </summary>
public static class HtmlText
{
    public static string Encode(string text)
    {
        var first = text.AsSpan().IndexOfAny("&<>\"'`=");
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#x27;"); break;
                case '`': builder.Append("&#x60;"); break;
                case '=': builder.Append("&#x3D;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
