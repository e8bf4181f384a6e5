using System.Text;
using EhcpQa.Domain.Register;
using EhcpQa.Web.Features.RegisterImport;

namespace EhcpQa.Web.Tests.RegisterImport;

/// <summary>The example register offered on the upload page reads as a register: every field is offered its column.</summary>
public sealed class ExampleRegisterTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheExampleRegister_HasAColumnForEveryField_ThatTheServiceRecognises()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var bytes = await (await qaLead.GetAsync("/plans/import/example.csv")).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Null(RegisterFileCheck.Check("example-register.csv", bytes.Length, new MemoryStream(bytes)));
        var file = RegisterFile.Open("example-register.csv", bytes);
        var mapping = RegisterColumnMapping.Suggest(file.Headings, null);
        Assert.All(RegisterFields.All, field => Assert.Equal(field.Name(), mapping.HeadingFor(field)));
        Assert.Equal(2, file.CountRows());
        Assert.StartsWith("Plan reference", Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }
}
