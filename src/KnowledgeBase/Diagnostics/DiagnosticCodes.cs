namespace KnowledgeBase.Diagnostics;

/// <summary>
/// Every diagnostic code the build can report. Codes are stable: editors and tools search for them.
/// KB00xx configuration, KB01xx front matter and content model, KB015x data files,
/// KB02xx Markdown, KB03xx themes, KB04xx output, KB05xx links in the built pages (checked after rendering).
/// </summary>
public static class DiagnosticCodes
{
    public const string ConfigUnreadable = "KB0001";
    public const string ConfigUnknownKey = "KB0002";
    public const string ConfigBadValue = "KB0003";
    public const string ConfigMissingKey = "KB0004";

    public const string FrontMatterMissing = "KB0101";
    public const string FrontMatterSyntax = "KB0102";
    public const string UnknownField = "KB0103";
    public const string UnknownTerm = "KB0104";
    public const string MissingField = "KB0105";
    public const string WrongFieldType = "KB0106";
    public const string InvalidValue = "KB0107";
    public const string InvalidSlug = "KB0108";
    public const string DuplicateSlug = "KB0109";
    public const string UnknownEntry = "KB0110";
    public const string WrongEntryKind = "KB0111";
    public const string BadSource = "KB0112";
    public const string UnknownFolder = "KB0113";
    public const string LongSummary = "KB0114";
    public const string DuplicateValue = "KB0115";
    public const string SelfReference = "KB0116";
    public const string ReviewBeforeReviewed = "KB0117";

    public const string TaxonomiesInvalid = "KB0150";
    public const string GlossaryInvalid = "KB0151";
    public const string SynonymsInvalid = "KB0152";
    public const string DuplicateDataItem = "KB0153";

    public const string BrokenLink = "KB0201";
    public const string UnsafeLink = "KB0202";
    public const string RawHtml = "KB0203";
    public const string LinkToWithheldEntry = "KB0204";
    public const string HeadingStructure = "KB0205";

    public const string TemplateMissing = "KB0301";
    public const string TemplateError = "KB0302";

    public const string OutputFailed = "KB0401";

    public const string LinkToMissingFile = "KB0501";
    public const string LinkToMissingAnchor = "KB0502";
    public const string LinkOutsideSite = "KB0503";
}
