using EhcpQa.Domain.Grades;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EhcpQa.Web.Persistence.Configurations;

/// <summary>Stores a <see cref="Grade"/> as the number on the scale (1 Outstanding … 4 Inadequate).</summary>
public sealed class GradeConversion() : ValueConverter<Grade, int>(grade => grade.Value, value => Grade.FromValue(value));
