namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The word lists behind analysis. They are data, not code, so the static index ships them to search.js and the
/// browser analyses words exactly as the server does.
/// </summary>
internal static class AnalyzerTables
{
    /// <summary>
    /// Function words dropped from free-text queries (never from the index, so quoted phrases still match).
    /// Kept short: "all", "first", "young", "other"-like content words stay searchable.
    /// </summary>
    public static readonly string[] StopWords =
    [
        "a", "about", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did",
        "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "me", "my", "no", "not", "of", "on", "or", "other", "our", "she", "should", "so", "some", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "us", "was", "we",
        "were", "what", "when", "where", "which", "who", "whom", "why", "will", "with", "would", "you", "your",
    ];

    /// <summary>
    /// Whole words rewritten before stemming: irregular plurals the stemmer misses, and British/American pairs no
    /// suffix rule catches. The target is the form the stemmer then sees.
    /// </summary>
    public static readonly Dictionary<string, string> WordForms = new(StringComparer.Ordinal)
    {
        ["knives"] = "knife", ["wives"] = "wife", ["lives"] = "life", ["wolves"] = "wolf", ["halves"] = "half",
        ["thieves"] = "thief", ["shelves"] = "shelf", ["people"] = "person", ["peoples"] = "person",
        ["children"] = "child", ["childrens"] = "child", ["men"] = "man", ["women"] = "woman",
        ["gunmen"] = "gunman", ["policemen"] = "policeman", ["policewomen"] = "policewoman",
        ["feet"] = "foot", ["teeth"] = "tooth", ["mice"] = "mouse", ["geese"] = "goose", ["criteria"] = "criterion",
        ["phenomena"] = "phenomenon", ["indices"] = "index", ["analyses"] = "analysis", ["crises"] = "crisis",
        ["programme"] = "program", ["programmes"] = "program", ["programs"] = "program",
        ["centre"] = "center", ["centres"] = "center", ["centred"] = "centered", ["centring"] = "centering",
        ["theatre"] = "theater", ["theatres"] = "theater", ["metre"] = "meter", ["metres"] = "meter",
        ["litre"] = "liter", ["litres"] = "liter", ["fibre"] = "fiber", ["calibre"] = "caliber", ["sombre"] = "somber",
        ["spectre"] = "specter", ["meagre"] = "meager", ["manoeuvre"] = "maneuver", ["manoeuvres"] = "maneuver",
        ["focussed"] = "focused", ["focussing"] = "focusing", ["focusses"] = "focuses",
        ["defence"] = "defense", ["defences"] = "defense", ["offence"] = "offense", ["offences"] = "offense",
        ["licence"] = "license", ["licences"] = "license", ["pretence"] = "pretense",
        ["practise"] = "practice", ["practised"] = "practiced", ["practising"] = "practicing",
        ["ageing"] = "aging", ["judgement"] = "judgment", ["judgements"] = "judgment",
        ["acknowledgement"] = "acknowledgment", ["enrolment"] = "enrollment", ["fulfil"] = "fulfill",
        ["whilst"] = "while", ["amongst"] = "among", ["towards"] = "toward", ["grey"] = "gray",
        ["cheque"] = "check", ["tyre"] = "tire", ["tyres"] = "tire", ["kerb"] = "curb",
        ["paediatric"] = "pediatric", ["anaesthetic"] = "anesthetic", ["foetus"] = "fetus",
    };

    /// <summary>American roots spelled the British way ("neighborhood" becomes "neighbourhood"), when a word starts with one.</summary>
    public static readonly string[][] RootForms =
    [
        ["behavior", "behaviour"], ["neighbor", "neighbour"], ["favor", "favour"], ["honor", "honour"],
        ["labor", "labour"], ["harbor", "harbour"], ["rumor", "rumour"], ["humor", "humour"], ["odor", "odour"],
        ["armor", "armour"], ["endeavor", "endeavour"], ["vigor", "vigour"], ["flavor", "flavour"],
        ["savior", "saviour"], ["parlor", "parlour"], ["color", "colour"], ["valor", "valour"], ["rigor", "rigour"],
        ["tumor", "tumour"], ["vapor", "vapour"], ["candor", "candour"], ["clamor", "clamour"], ["glamor", "glamour"],
    ];

    /// <summary>
    /// Suffixes spelled the British way (-ize as -ise, -yze as -yse): [suffix, replacement, letters required before it].
    /// The first that fits applies. British forms are the target because Porter2 would stem "organize" to "organ".
    /// </summary>
    public static readonly string[][] SuffixForms =
    [
        ["izations", "isations", "3"], ["ization", "isation", "3"], ["izing", "ising", "3"], ["ized", "ised", "3"],
        ["izes", "ises", "3"], ["izers", "isers", "3"], ["izer", "iser", "3"], ["ize", "ise", "3"],
        ["yzing", "ysing", "2"], ["yzed", "ysed", "2"], ["yzes", "yses", "2"], ["yze", "yse", "2"],
    ];
}
