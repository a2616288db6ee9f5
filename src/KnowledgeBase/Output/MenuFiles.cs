using KnowledgeBase.Menu;

namespace KnowledgeBase.Output;

/// <summary>
/// The menu data the build writes beside the pages: <c>menu-data.json</c>, which menu.js ranks from when the
/// site is served as plain files. Published options only.
/// </summary>
public static class MenuFiles
{
    public const string Data = "menu-data.json";

    public static OutputFile Write(MenuCatalog catalog) => OutputFile.Text(Data, MenuDataWriter.ToJson(catalog));
}
