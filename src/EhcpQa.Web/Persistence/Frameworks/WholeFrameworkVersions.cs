using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Frameworks;

/// <summary>A framework version read whole: its framework, its form, and on the 1–4 scheme the sections its grading pages read.</summary>
public static class WholeFrameworkVersions
{
    public static IQueryable<FrameworkVersion> Whole(this IQueryable<FrameworkVersion> versions, bool tracked = false) =>
        (tracked ? versions : versions.AsNoTracking())
            .Include(v => v.Framework)
            .Include(v => v.Standards)
            .Include(v => v.GradeDescriptors)
            .Include(v => v.Sections).ThenInclude(s => s.Descriptors)
            .AsSplitQuery();
}
