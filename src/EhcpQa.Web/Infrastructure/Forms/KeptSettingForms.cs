using EhcpQa.Domain;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Infrastructure.Forms;

/// <summary>How every page that changes a kept setting (<see cref="IKeptSetting"/>) saves it.</summary>
public static class KeptSettingForms
{
    /// <summary>
    /// Makes the change with <paramref name="make"/>, given the setting now in force, and saves it: true when
    /// saved. When the domain refuses it (a rule broken, or someone else changed the setting meanwhile),
    /// nothing is saved, the refusal goes beside <paramref name="errorField"/> and <paramref name="readFromNow"/>
    /// points the form at the setting now in force, so the page shows it and a second try can succeed.
    /// </summary>
    public static async Task<bool> TrySaveSettingAsync<T>(
        this Controller controller,
        EhcpQaDbContext db,
        Func<T?, T> make,
        string errorField,
        Action<int?> readFromNow,
        CancellationToken cancellationToken)
        where T : class, IKeptSetting
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(make);
        ArgumentNullException.ThrowIfNull(readFromNow);
        var latest = await db.LatestSettingAsync<T>(cancellationToken);
        try
        {
            db.Add(make(latest));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DomainRuleException refused)
        {
            controller.ModelState.AddModelError(errorField, refused.Message);
            readFromNow(latest?.Id);
            return false;
        }
    }
}
