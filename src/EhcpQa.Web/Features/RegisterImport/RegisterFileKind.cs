namespace EhcpQa.Web.Features.RegisterImport;

/// <summary>The kind of file a register was exported as, told by its name (and checked against its content).</summary>
public enum RegisterFileKind
{
    Csv = 1,
    Xlsx,
}
