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
    /// <summary>A content file that cannot be read: IO error, permissions, a dangling or self-pointing link.</summary>
    public const string ContentUnreadable = "KB0118";
    /// <summary>Bytes that are not UTF-8 text (Latin-1, binary), at the line of the first one.</summary>
    public const string InvalidEncoding = "KB0119";
    /// <summary>A symbolic link under content/ that leads back into a folder containing it; reported once per link.</summary>
    public const string SymlinkLoop = "KB0120";
    /// <summary>Front matter with no fields (empty, or only comments): the entry would otherwise vanish without a word.</summary>
    public const string EmptyFrontMatter = "KB0121";
    /// <summary>A cycle of reports_to or governed_by lines between boards, spelled out.</summary>
    public const string ReferenceCycle = "KB0122";
    /// <summary>A withheld entry's slug named in a published entry's field: dropped, never published as text.</summary>
    public const string ReferenceToWithheldEntry = "KB0123";

    /// <summary>'inferred' names a field that cannot be inferred, or one the entry does not set.</summary>
    public const string BadInferredField = "KB0130";

    /// <summary>'inferred' without a one-line 'inferred_reason', or a reason with nothing inferred.</summary>
    public const string InferredReason = "KB0131";

    /// <summary>A London-wide or national entry also lists boroughs, so the menu would read it as local.</summary>
    public const string ScopeWithBoroughs = "KB0132";

    /// <summary>A 'sources' citation names a paragraph (or section) its document does not have.</summary>
    public const string UnknownSourceParagraph = "KB0133";

    /// <summary>A document registered under 'sources' in taxonomies.yml has no text in sources/ (a warning).</summary>
    public const string SourceDocumentMissing = "KB0134";

    public const string TaxonomiesInvalid = "KB0150";
    public const string GlossaryInvalid = "KB0151";
    public const string SynonymsInvalid = "KB0152";
    public const string DuplicateDataItem = "KB0153";

    public const string BrokenLink = "KB0201";
    public const string UnsafeLink = "KB0202";
    public const string RawHtml = "KB0203";
    public const string LinkToWithheldEntry = "KB0204";
    public const string HeadingStructure = "KB0205";
    /// <summary>Markdown nested deeper than Markdig allows (block quotes, lists), at the line where it starts.</summary>
    public const string MarkdownTooDeep = "KB0220";

    /// <summary>A layout the site needs is in neither the site's theme nor the default.</summary>
    public const string TemplateMissing = "KB0301";

    /// <summary>A template does not parse (an unclosed block, a stray end, a bad expression).</summary>
    public const string TemplateSyntax = "KB0302";

    /// <summary>A template names a variable, function or member the object model does not have (docs/themes.md).</summary>
    public const string TemplateUnknownName = "KB0303";

    /// <summary>A template fails while rendering (a call with wrong arguments, a member of a null value, ...).</summary>
    public const string TemplateRuntime = "KB0304";

    /// <summary>A file in a theme's layouts/ or partials/ is not a Scriban template, so nothing reads it (a warning).</summary>
    public const string TemplateNotRead = "KB0305";

    public const string OutputFailed = "KB0401";

    /// <summary>A command that stopped on an exception (a bug in kb): one line, no stack trace; kb serve shows it in open pages.</summary>
    public const string BuildFailed = "KB0402";

    /// <summary>A link on a built page to a file the build does not write, at the content line or template that wrote it.</summary>
    public const string LinkToMissingFile = "KB0501";

    /// <summary>A link whose <c>#fragment</c> names no element id on the page it leads to (a missing heading anchor).</summary>
    public const string LinkToMissingAnchor = "KB0502";

    /// <summary>A link that climbs out of the site (above its root or its base URL's path).</summary>
    public const string LinkOutsideSite = "KB0503";
}
