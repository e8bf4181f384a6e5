using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Frameworks;

/// <summary>A framework version read whole, as its page shows it and its file holds it.</summary>
internal static class WholeFrameworkVersions
{
    public static IQueryable<FrameworkVersion> Whole(this IQueryable<FrameworkVersion> versions) =>
        versions.AsNoTracking()
            .Include(v => v.Framework)
            .Include(v => v.Standards)
            .Include(v => v.GradeDescriptors)
            .Include(v => v.Sections).ThenInclude(s => s.Descriptors)
            .AsSplitQuery();
}
