using KnowledgeBase.Menu;
using System.Collections.Immutable;

namespace KnowledgeBase.Tests.Menu.Support;

/// <summary>Small hand-made catalogs over the real vocabularies, for tests that must isolate one rule.</summary>
internal static class TinyCatalog
{
    private static readonly Lazy<ImmutableArray<MenuVocabulary>> Vocabularies = new(() => ManualMenu.Catalog.Vocabularies);

    public static MenuCatalog Create(params MenuOptionData[] options) => new([.. options], Vocabularies.Value);

    public static MenuOptionData Option(
        string slug,
        string title,
        ImmutableArray<string> needs,
        ImmutableArray<string> crimeTypes = default,
        ImmutableArray<string> boroughs = default,
        ImmutableArray<MenuProgramme> programmes = default,
        MenuStatus status = MenuStatus.Active) => new()
    {
        Slug = slug,
        Title = title,
        Url = $"/options/{slug}/",
        Needs = needs,
        CrimeTypes = crimeTypes.IsDefault ? [] : crimeTypes,
        Boroughs = boroughs.IsDefault ? [] : boroughs,
        Programmes = programmes.IsDefault ? [] : programmes,
        Status = status,
    };
}
