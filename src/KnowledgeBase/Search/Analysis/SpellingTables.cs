namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// British and American spellings (and a few irregular plurals), as data: <see cref="SpellingFilter"/> applies them.
/// Lucene has no such filter; the static index needs none, as it maps every surface word to its terms.
/// </summary>
internal static class SpellingTables
{
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
    /// The first that fits applies. British forms are the target, as the sources spell them.
    /// </summary>
    public static readonly string[][] SuffixForms =
    [
        ["izations", "isations", "3"], ["ization", "isation", "3"], ["izing", "ising", "3"], ["ized", "ised", "3"],
        ["izes", "ises", "3"], ["izers", "isers", "3"], ["izer", "iser", "3"], ["ize", "ise", "3"],
        ["yzing", "ysing", "2"], ["yzed", "ysed", "2"], ["yzes", "yses", "2"], ["yze", "yse", "2"],
    ];
}
