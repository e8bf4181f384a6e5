using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Persistence;

public sealed class DatabaseInitialiserTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string ShippedKey = "wirral-shropshire";

    [Fact]
    public async Task FirstStart_SeedsThePublishedFrameworkFromItsDataFile()
    {
        var version = await app.WithDatabaseAsync(db => db.FrameworkVersions
            .Include(v => v.Sections).ThenInclude(s => s.Descriptors)
            .Include(v => v.Standards)
            .Include(v => v.GradeDescriptors)
            .SingleAsync(v => v.Framework.Key == ShippedKey));

        Assert.True(version.IsPublished);
        Assert.Equal(13, version.Sections.Count);
        Assert.Equal(5, version.Standards.Count);
        Assert.Equal(4, version.GradeDescriptors.Count);
        Assert.Contains(version.Section(SectionCode.J).Descriptors, d => d.AllowsNotApplicable);
        Assert.All(version.Section(SectionCode.B).Descriptors, d => Assert.False(d.AllowsNotApplicable));
    }

    [Fact]
    public async Task FirstStart_SeedsTheFamilySurvey_AndUsesItForTheFamilySurvey()
    {
        var (version, uses) = await app.WithDatabaseAsync(async db => (
            await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "family-survey"),
            await db.FrameworkUses.AsNoTracking().SingleAsync()));

        Assert.True(version.IsPublished);
        Assert.Equal(Domain.Frameworks.Forms.AssessedDocument.FamilySurvey, version.Form!.Assesses);
        Assert.Equal(version.Id, uses.VersionFor(FrameworkPurpose.FamilySurvey));
        Assert.NotEqual(version.Id, uses.VersionFor(FrameworkPurpose.DraftSignOff));
    }

    [Fact]
    public async Task Restart_DoesNotSeedTheFrameworkTwice()
    {
        var plansBefore = await app.WithDatabaseAsync(db => db.Plans.CountAsync());
        var frameworksBefore = await app.WithDatabaseAsync(db => db.Frameworks.CountAsync());

        await app.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<EhcpQa.Web.Persistence.Seeding.DatabaseInitialiser>().InitialiseAsync();
            return true;
        });

        Assert.Equal(1, await app.WithDatabaseAsync(db => db.Frameworks.CountAsync(f => f.Key == ShippedKey)));
        Assert.Equal(frameworksBefore, await app.WithDatabaseAsync(db => db.Frameworks.CountAsync()));
        Assert.Equal(120, plansBefore);
        Assert.Equal(plansBefore, await app.WithDatabaseAsync(db => db.Plans.CountAsync()));
    }
}
