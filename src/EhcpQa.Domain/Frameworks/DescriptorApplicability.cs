namespace EhcpQa.Domain.Frameworks;

public enum DescriptorApplicability
{
    /// <summary>Every plan must meet it: answered Yes or No.</summary>
    Required = 1,

    /// <summary>Applies only to some plans ("if applicable"): may also be answered N/A.</summary>
    IfApplicable = 2,
}
