using System.Globalization;

namespace KnowledgeBase.Tests.Diagrams;

/// <summary>Reads the SVG path data the governance layout writes (M, L and C with absolute whole coordinates) as points along it.</summary>
internal static class PathPoints
{
    /// <summary>The path's corners and end points, in order.</summary>
    public static List<(double X, double Y)> Vertices(string path) => Commands(path).Select(c => c.Points[^1]).ToList();

    /// <summary>Points along the whole path, about one unit apart on lines and a hundred to a curve.</summary>
    public static IEnumerable<(double X, double Y)> Along(string path)
    {
        var at = (X: 0.0, Y: 0.0);
        foreach (var (command, points) in Commands(path))
        {
            switch (command)
            {
                case 'M':
                    at = points[0];
                    yield return at;
                    break;
                case 'L':
                    var steps = Math.Max(1, (int)Math.Ceiling(Math.Max(Math.Abs(points[0].X - at.X), Math.Abs(points[0].Y - at.Y))));
                    for (var i = 1; i <= steps; i++)
                    {
                        yield return (at.X + ((points[0].X - at.X) * i / steps), at.Y + ((points[0].Y - at.Y) * i / steps));
                    }

                    at = points[0];
                    break;
                case 'C':
                    for (var i = 1; i <= 100; i++)
                    {
                        var t = i / 100.0;
                        var u = 1 - t;
                        yield return (
                            (u * u * u * at.X) + (3 * u * u * t * points[0].X) + (3 * u * t * t * points[1].X) + (t * t * t * points[2].X),
                            (u * u * u * at.Y) + (3 * u * u * t * points[0].Y) + (3 * u * t * t * points[1].Y) + (t * t * t * points[2].Y));
                    }

                    at = points[2];
                    break;
                default:
                    throw new FormatException($"unexpected path command {command} in '{path}'");
            }
        }
    }

    private static List<(char Command, List<(double X, double Y)> Points)> Commands(string path)
    {
        var commands = new List<(char, List<(double, double)>)>();
        var i = 0;
        while (i < path.Length)
        {
            var command = path[i++];
            var start = i;
            while (i < path.Length && !char.IsLetter(path[i]))
            {
                i++;
            }

            var numbers = path[start..i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToList();
            commands.Add((command, Enumerable.Range(0, numbers.Count / 2).Select(k => (numbers[2 * k], numbers[(2 * k) + 1])).ToList()));
        }

        return commands;
    }
}
