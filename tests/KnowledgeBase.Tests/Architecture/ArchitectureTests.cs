using KnowledgeBase.Building;
using Xunit;

namespace KnowledgeBase.Tests.Architecture;

/// <summary>Guard rails on the shape of the code, as Statiq and NodaTime keep theirs.</summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly Core = typeof(SiteBuilder).Assembly;

    [Theory]
    [InlineData("kb")]
    [InlineData("Spectre.Console")]
    [InlineData("System.CommandLine")]
    public void CoreLibrary_DoesNotDependOnTheCommandLine(string assembly) =>
        Assert.DoesNotContain(Core.GetReferencedAssemblies(), a => a.Name == assembly);

    [Fact]
    public void PipelineStages_EachHaveTheirOwnNamespace()
    {
        var namespaces = Core.GetTypes().Select(t => t.Namespace).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var stage in new[] { "Configuration", "Content", "Markdown", "Site", "Diagrams", "Templates", "Validation", "Output", "Building" })
        {
            Assert.Contains($"KnowledgeBase.{stage}", namespaces);
        }
    }

    [Fact]
    public void MarkdownFeatures_AreMarkdigExtensionsInTheirOwnFolders_AllInThePipeline()
    {
        var features = Core.GetTypes().Where(t => !t.IsAbstract && t.IsAssignableTo(typeof(KnowledgeBase.Markdown.Extensions.DocumentExtension))).ToList();
        var pipeline = KnowledgeBase.Markdown.MarkdownPipelineFactory.Create().Extensions.Select(e => e.GetType()).ToList();

        Assert.Equal(4, features.Count);
        Assert.All(features, f => Assert.True(f.IsAssignableTo(typeof(Markdig.IMarkdownExtension)), f.Name));
        Assert.Equal(features.Count, features.Select(f => f.Namespace).Distinct(StringComparer.Ordinal).Count());
        Assert.All(features, f => Assert.Contains(f, pipeline));
    }

    [Fact]
    public void ContentModel_RecordsAreImmutable()
    {
        foreach (var type in new[] { typeof(KnowledgeBase.Content.Entry), typeof(KnowledgeBase.Configuration.SiteConfig), typeof(KnowledgeBase.Site.SitePage) })
        {
            var setters = type.GetProperties().Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)));
            Assert.Empty(setters);
        }
    }
}
