using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Persistence;

/// <summary>
/// Gradings read their framework version through one keeper: a version a grading has used never changes, so
/// it is read from the database once; a version still open to change is read afresh every time.
/// </summary>
public sealed class LockedFrameworkVersionsTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AVersionInUse_IsReadOnce_WithEverySectionAndDescriptor()
    {
        var (first, second, expectedDescriptors) = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EhcpQaDbContext>();
            var id = await db.FrameworkVersions.Where(v => v.FirstUsedAt != null && v.Sections.Any()).Select(v => v.Id).FirstAsync();
            var descriptors = await db.FrameworkVersions.Where(v => v.Id == id).SelectMany(v => v.Sections).SelectMany(s => s.Descriptors).CountAsync();
            var keeper = services.GetRequiredService<LockedFrameworkVersions>();
            return (await keeper.FindAsync(db, id, CancellationToken.None), await keeper.FindAsync(db, id, CancellationToken.None), descriptors);
        });

        Assert.NotNull(first);
        Assert.True(first.IsLocked);
        Assert.Same(first, second);
        Assert.NotEmpty(first.GradeDescriptors);
        Assert.Equal(expectedDescriptors, first.Sections.Sum(s => s.Descriptors.Count));
    }

    [Fact]
    public async Task AVersionNotYetUsed_IsReadAfreshEachTime_SoItsChangesShow()
    {
        var (before, after) = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EhcpQaDbContext>();
            var keeper = services.GetRequiredService<LockedFrameworkVersions>();
            var framework = await db.Frameworks.Include(f => f.Versions).ThenInclude(v => v.Sections).ThenInclude(s => s.Descriptors).FirstAsync(f => f.Versions.Any(v => v.Sections.Any()));
            var draft = framework.Revise("Next year's framework", null, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            var before = await keeper.FindAsync(db, draft.Id, CancellationToken.None);

            var descriptor = draft.Sections.First(s => s.Descriptors.Count > 0).Descriptors[0];
            draft.ReviseDescriptor(draft.Sections.First(s => s.Descriptors.Count > 0).Code, descriptor.Number, "A reworded descriptor", descriptor.Applicability);
            await db.SaveChangesAsync();
            var after = await keeper.FindAsync(db, draft.Id, CancellationToken.None);
            return (before, after);
        });

        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.False(after.IsLocked);
        Assert.NotSame(before, after);
        Assert.Contains(after.Sections.SelectMany(s => s.Descriptors), d => d.Text == "A reworded descriptor");
    }

    [Fact]
    public async Task AnUnknownVersion_IsNotFound()
    {
        var found = await app.WithScopeAsync(async services =>
            await services.GetRequiredService<LockedFrameworkVersions>().FindAsync(services.GetRequiredService<EhcpQaDbContext>(), 987_654, CancellationToken.None));

        Assert.Null(found);
    }
}
