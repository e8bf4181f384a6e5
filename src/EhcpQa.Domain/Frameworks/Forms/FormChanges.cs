namespace EhcpQa.Domain.Frameworks.Forms;

/// <summary>
/// The changes a QA lead makes to a draft form on the service's pages, each giving a new form (a form is a
/// value). Whether the changed form keeps every rule is for <see cref="Problems"/> to say, once, when the
/// version takes it (<see cref="FrameworkVersion.ReviseForm"/>).
/// </summary>
public sealed partial record FrameworkForm
{
    /// <summary>The form with its title, source, N/A rule and what it assesses changed.</summary>
    public FrameworkForm WithDetails(string title, string? source, NotApplicableRule notApplicable, AssessedDocument assesses) =>
        this with { Title = title.Trim(), Source = source?.Trim() ?? string.Empty, NotApplicable = notApplicable, Assesses = assesses };

    /// <summary>The form with the section at <paramref name="index"/> replaced, or added at the end when the index is the number of sections.</summary>
    public FrameworkForm WithSection(int index, FormSection section)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Sections.Count);
        var sections = Sections.ToList();
        if (index == sections.Count)
        {
            sections.Add(section);
        }
        else
        {
            sections[index] = section;
        }

        return this with { Sections = sections };
    }

    /// <summary>The form with a part's code (a section's; the overall part keeps its own), title and prompts changed.</summary>
    public FrameworkForm WithPartDetails(string partCode, string code, string title, IReadOnlyList<string> prompts) => WithPart(partCode, part => part with
    {
        Code = string.Equals(partCode, OverallPart.Code, StringComparison.Ordinal) ? part.Code : code.Trim(),
        Title = title.Trim(),
        Prompts = prompts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList(),
    });

    /// <summary>The form without the section at <paramref name="index"/>.</summary>
    public FrameworkForm WithoutSection(int index) => this with { Sections = Without(Sections, index) };

    /// <summary>The form with the section at <paramref name="index"/> moved one place earlier (<paramref name="by"/> −1) or later (+1).</summary>
    public FrameworkForm WithSectionMoved(int index, int by) => this with { Sections = Moved(Sections, index, by) };

    /// <summary>
    /// The form with the item at <paramref name="index"/> of a part (a section, or the overall part) replaced, or
    /// added at the end when the index is the number of its items. An item added without a code takes the next
    /// number in its part.
    /// </summary>
    public FrameworkForm WithItem(string partCode, int index, FormItem item) => WithPart(partCode, part =>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, part.Items.Count);
        var items = part.Items.ToList();
        if (string.IsNullOrWhiteSpace(item.Code))
        {
            item = item with { Code = NextItemCode(part) };
        }

        if (index == items.Count)
        {
            items.Add(item);
        }
        else
        {
            items[index] = item;
        }

        return part with { Items = items };
    });

    /// <summary>The form without the item at <paramref name="index"/> of a part.</summary>
    public FrameworkForm WithoutItem(string partCode, int index) => WithPart(partCode, part => part with { Items = Without(part.Items, index) });

    /// <summary>The form with an item of a part moved one place earlier (−1) or later (+1).</summary>
    public FrameworkForm WithItemMoved(string partCode, int index, int by) => WithPart(partCode, part => part with { Items = Moved(part.Items, index, by) });

    /// <summary>The code the next item added to the part takes: one more than its highest numbered item.</summary>
    public static string NextItemCode(FormSection part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var highest = part.Items.Select(i => int.TryParse(i.Code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return (highest + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The place in the form (as <see cref="Problems"/> names it) of the part with this code: "sections[2]" or "overall".</summary>
    public string PathOf(string partCode) =>
        string.Equals(partCode, OverallPart.Code, StringComparison.Ordinal)
            ? "overall"
            : $"sections[{IndexOf(partCode)}]";

    /// <summary>The index of the section with this code; −1 when there is none.</summary>
    public int IndexOf(string sectionCode)
    {
        for (var i = 0; i < Sections.Count; i++)
        {
            if (string.Equals(Sections[i].Code, sectionCode, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private FrameworkForm WithPart(string partCode, Func<FormSection, FormSection> change)
    {
        if (string.Equals(partCode, OverallPart.Code, StringComparison.Ordinal) && Overall is { } overall)
        {
            return this with { Overall = overall with { Part = change(overall.Part) } };
        }

        var index = IndexOf(partCode);
        if (index < 0)
        {
            throw new DomainRuleException($"The form has no section \"{partCode}\".");
        }

        return WithSection(index, change(Sections[index]));
    }

    private static List<T> Without<T>(IReadOnlyList<T> list, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, list.Count);
        var copy = list.ToList();
        copy.RemoveAt(index);
        return copy;
    }

    private static List<T> Moved<T>(IReadOnlyList<T> list, int index, int by)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, list.Count);
        var copy = list.ToList();
        var to = Math.Clamp(index + Math.Sign(by), 0, copy.Count - 1);
        var moving = copy[index];
        copy.RemoveAt(index);
        copy.Insert(to, moving);
        return copy;
    }
}
