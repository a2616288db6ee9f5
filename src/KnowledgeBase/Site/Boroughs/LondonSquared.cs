using System.Collections.Immutable;

namespace KnowledgeBase.Site.Boroughs;

/// <summary>
/// The "London Squared" tile grid (After the Flood's square map of London, as the London Datastore uses it): the 32
/// boroughs and the City, each one square at a fixed row and column of an 8 x 7 grid, near enough to where it lies
/// that a Londoner finds their borough without reading. The positions are the layout's, written once here.
/// </summary>
public static class LondonSquared
{
    public const int Columns = 8;

    public const int Rows = 7;

    /// <summary>Every tile, north to south and west to east; slugs are those of content/taxonomies.yml.</summary>
    public static ImmutableArray<BoroughPlace> Places { get; } =
    [
        new("enfield", "Enfield", "Enf", 1, 5),

        new("harrow", "Harrow", "Hrw", 2, 3),
        new("barnet", "Barnet", "Brn", 2, 4),
        new("haringey", "Haringey", "Hgy", 2, 5),
        new("waltham-forest", "Waltham Forest", "Wth", 2, 6),

        new("hillingdon", "Hillingdon", "Hdn", 3, 1),
        new("ealing", "Ealing", "Eal", 3, 2),
        new("brent", "Brent", "Brt", 3, 3),
        new("camden", "Camden", "Cmd", 3, 4),
        new("islington", "Islington", "Isl", 3, 5),
        new("hackney", "Hackney", "Hck", 3, 6),
        new("redbridge", "Redbridge", "Rdb", 3, 7),
        new("havering", "Havering", "Hav", 3, 8),

        new("hounslow", "Hounslow", "Hns", 4, 1),
        new("hammersmith-and-fulham", "Hammersmith and Fulham", "H&F", 4, 2),
        new("kensington-and-chelsea", "Kensington and Chelsea", "K&C", 4, 3),
        new("westminster", "Westminster", "Wst", 4, 4),
        new("city-of-london", "City of London", "City", 4, 5),
        new("tower-hamlets", "Tower Hamlets", "Tow", 4, 6),
        new("newham", "Newham", "Nwm", 4, 7),
        new("barking-and-dagenham", "Barking and Dagenham", "B&D", 4, 8),

        new("richmond-upon-thames", "Richmond upon Thames", "Rch", 5, 2),
        new("wandsworth", "Wandsworth", "Wns", 5, 3),
        new("lambeth", "Lambeth", "Lam", 5, 4),
        new("southwark", "Southwark", "Sth", 5, 5),
        new("lewisham", "Lewisham", "Lsh", 5, 6),
        new("greenwich", "Greenwich", "Grn", 5, 7),
        new("bexley", "Bexley", "Bxl", 5, 8),

        new("kingston-upon-thames", "Kingston upon Thames", "Kng", 6, 3),
        new("merton", "Merton", "Mrt", 6, 4),
        new("croydon", "Croydon", "Crd", 6, 5),
        new("bromley", "Bromley", "Brm", 6, 6),

        new("sutton", "Sutton", "Stn", 7, 4),
    ];
}
