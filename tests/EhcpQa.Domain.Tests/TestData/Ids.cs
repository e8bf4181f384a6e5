namespace EhcpQa.Domain.Tests.TestData;

/// <summary>
/// Gives an entity the id a database would. Without a database every id is 0, so tests that must tell
/// two versions apart (of a plan, of a framework) set them here rather than open the domain's setters.
/// </summary>
internal static class Ids
{
    public static T Assign<T>(T entity, int id)
        where T : class
    {
        var property = typeof(T).GetProperty("Id")
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id.");
        property.SetValue(entity, id);
        return entity;
    }
}
