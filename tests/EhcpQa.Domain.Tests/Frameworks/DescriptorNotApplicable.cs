using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Frameworks;

public class DescriptorNotApplicable
{
    [Theory]
    [InlineData(DescriptorApplicability.Required, false)]
    [InlineData(DescriptorApplicability.IfApplicable, true)]
    public void AllowsNotApplicable_OnlyForIfApplicable(DescriptorApplicability applicability, bool expected)
    {
        var version = FrameworkBuilder.Complete().BuildDraft();

        var descriptor = version.AddDescriptor(SectionCode.J, 2, "Personal budget described", applicability, null);

        Assert.Equal(expected, descriptor.AllowsNotApplicable);
    }

    [Fact]
    public void ReviseDescriptor_ToIfApplicable_NowAllowsNotApplicable()
    {
        var version = FrameworkBuilder.Complete().BuildDraft();
        var descriptor = version.Section(SectionCode.J).Descriptor(1);
        Assert.False(descriptor.AllowsNotApplicable);

        version.ReviseDescriptor(SectionCode.J, 1, descriptor.Text, DescriptorApplicability.IfApplicable);

        Assert.True(descriptor.AllowsNotApplicable);
    }
}
