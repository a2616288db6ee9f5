using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Words as written, only folded (lower case, no accents, no possessive): the vocabulary kept beside the index, from which typos are
/// corrected to a real word ("did you mean trident", never a stem), prefixes are expanded, and the static index
/// maps every surface word to its terms.
/// </summary>
internal sealed class SurfaceAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(ManualAnalyzer.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(ManualAnalyzer.Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new LowerCaseFilter(ManualAnalyzer.Version, stream);
        return new TokenStreamComponents(source, stream);
    }
}
