using System.Globalization;
using FluentValidation;

namespace EhcpQa.Web.Infrastructure.Forms;

/// <summary>
/// The GOV.UK date input checks: the date is entered, every part is there, and it is a real date.
/// Messages follow the Design System ("Date of birth must include a month").
/// </summary>
public sealed class DateInputValidator : AbstractValidator<DateInput>
{
    public DateInputValidator(string name)
    {
        var capitalised = char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..];
        RuleFor(d => d).Custom((date, context) =>
        {
            var day = date.Day?.Trim();
            var month = date.Month?.Trim();
            var year = date.Year?.Trim();
            if (string.IsNullOrEmpty(day) && string.IsNullOrEmpty(month) && string.IsNullOrEmpty(year))
            {
                context.AddFailure($"Enter the {name}");
                return;
            }

            var missing = new List<(string Part, string Words)>();
            if (string.IsNullOrEmpty(day))
            {
                missing.Add((nameof(DateInput.Day), "a day"));
            }

            if (string.IsNullOrEmpty(month))
            {
                missing.Add((nameof(DateInput.Month), "a month"));
            }

            if (string.IsNullOrEmpty(year))
            {
                missing.Add((nameof(DateInput.Year), "a year"));
            }

            if (missing.Count > 0)
            {
                // One missing part is highlighted on its own; two missing parts highlight the whole date.
                var message = $"{capitalised} must include {string.Join(" and ", missing.Select(m => m.Words))}";
                if (missing.Count == 1)
                {
                    context.AddFailure(missing[0].Part, message);
                }
                else
                {
                    context.AddFailure(message);
                }

                return;
            }

            if (year!.Length != 4)
            {
                context.AddFailure(nameof(DateInput.Year), $"Year must include 4 numbers");
                return;
            }

            if (!date.TryGetDate(out _))
            {
                context.AddFailure($"{capitalised} must be a real date");
            }
        });
    }
}
