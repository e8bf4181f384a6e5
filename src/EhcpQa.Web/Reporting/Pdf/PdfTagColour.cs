namespace EhcpQa.Web.Reporting.Pdf;

/// <summary>Colours of a tag (badge), after the GOV.UK Design System tag colours: dark text on a light fill, legible in print.</summary>
public enum PdfTagColour
{
    Grey,
    Green,
    Blue,
    Yellow,
    Orange,
    Red,
}
