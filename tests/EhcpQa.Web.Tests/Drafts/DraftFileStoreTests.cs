using System.Security.Cryptography;
using EhcpQa.Web.Features.Drafts;
using EhcpQa.Web.Features.Drafts.Documents;
using EhcpQa.Web.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Drafts;

/// <summary>A data folder of its own under the temp folder, removed afterwards.</summary>
public abstract class TempDataFolderTest : IDisposable
{
    protected TempDataFolderTest()
    {
        Root = Path.Combine(Path.GetTempPath(), "ehcpqa-drafts-" + Guid.NewGuid().ToString("N"));
        DataFolder = new DataFolder(Root);
        Store = new DraftFileStore(DataFolder);
    }

    protected string Root { get; }

    protected DataFolder DataFolder { get; }

    protected DraftFileStore Store { get; }

    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);
        GC.SuppressFinalize(this);
    }
}

public sealed class DraftFileStore_SavesTheUploadedFile : TempDataFolderTest
{
    [Fact]
    public async Task The_same_bytes_and_hash_come_back()
    {
        var bytes = TypicalPlan.Builder().ToBytes();
        using var content = new MemoryStream(bytes);

        var stored = await Store.SaveAsync(7, "Sam's draft plan.docx", content, TestContext.Current.CancellationToken);

        using var read = Store.OpenRead(stored.StorageKey);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(bytes.Length, stored.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal("Sam's draft plan.docx", stored.OriginalFileName);
    }

    [Fact]
    public async Task The_key_is_made_by_the_store_under_the_plan()
    {
        using var content = new MemoryStream([1, 2, 3]);

        var stored = await Store.SaveAsync(7, "../../../etc/passwd", content, TestContext.Current.CancellationToken);

        Assert.Matches("^plans/7/[0-9a-f]{32}\\.docx$", stored.StorageKey);
        Assert.True(File.Exists(Path.Combine(Root, "uploads", "plans", "7", Path.GetFileName(stored.StorageKey))));
        Assert.Equal("passwd", stored.OriginalFileName);
    }

    [Fact]
    public async Task Each_upload_gets_its_own_file()
    {
        using var first = new MemoryStream([1]);
        using var second = new MemoryStream([2]);

        var a = await Store.SaveAsync(7, "plan.docx", first, TestContext.Current.CancellationToken);
        var b = await Store.SaveAsync(7, "plan.docx", second, TestContext.Current.CancellationToken);

        Assert.NotEqual(a.StorageKey, b.StorageKey);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(Root, "uploads", "plans", "7")).Length);
    }

    [Fact]
    public async Task Content_over_the_size_limit_is_refused_and_nothing_is_kept()
    {
        using var content = new MemoryStream(new byte[DraftDocumentCheck.MaxBytes + 1]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.SaveAsync(7, "plan.docx", content, TestContext.Current.CancellationToken));

        Assert.Empty(Directory.GetFiles(Path.Combine(Root, "uploads"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_deleted_file_is_gone()
    {
        using var content = new MemoryStream([1, 2, 3]);
        var stored = await Store.SaveAsync(7, "plan.docx", content, TestContext.Current.CancellationToken);

        Store.Delete(stored.StorageKey);

        Assert.Throws<FileNotFoundException>(() => Store.OpenRead(stored.StorageKey));
    }
}

public sealed class DraftFileStore_RefusesKeysItDidNotMake : TempDataFolderTest
{
    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("plans/7/../../../secrets.docx")]
    [InlineData("plans/7/../../keys/key.xml")]
    [InlineData(@"plans\7\0123456789abcdef0123456789abcdef.docx")]
    [InlineData("plans/7/0123456789abcdef0123456789abcdef.docx/../../../x")]
    [InlineData("plans/7/plan.docx")]
    [InlineData("")]
    public void A_key_outside_the_uploads_or_not_in_the_store_s_form(string key)
    {
        Assert.Throws<ArgumentException>(() => Store.OpenRead(key));
        Assert.Throws<ArgumentException>(() => Store.Delete(key));
    }

    [Fact]
    public void A_well_formed_key_with_no_file()
    {
        Assert.Throws<FileNotFoundException>(() => Store.OpenRead("plans/7/0123456789abcdef0123456789abcdef.docx"));
    }
}

public sealed class DraftFileStore_DisplayName_CleansTheUploadersFileName
{
    [Theory]
    [InlineData("Sam's draft plan.docx", "Sam's draft plan.docx")]
    [InlineData(@"C:\Users\caseworker\Documents\plan.docx", "plan.docx")]
    [InlineData("../../plan.docx", "plan.docx")]
    [InlineData("plan\u202Excod.docx", "planxcod.docx")]
    [InlineData("plan\r\n\t  v2.docx", "plan v2.docx")]
    [InlineData(".hidden.docx", "hidden.docx")]
    [InlineData("", "draft-plan.docx")]
    [InlineData(null, "draft-plan.docx")]
    [InlineData("../", "draft-plan.docx")]
    public void Cleans(string? original, string expected)
    {
        Assert.Equal(expected, DraftFileStore.DisplayName(original));
    }

    [Fact]
    public void A_long_name_is_shortened_keeping_its_extension()
    {
        var name = DraftFileStore.DisplayName(new string('a', 500) + ".docx");

        Assert.Equal(DraftFileStore.MaxDisplayNameLength, name.Length);
        Assert.EndsWith("a.docx", name, StringComparison.Ordinal);
    }
}

public sealed class AddDraftDocuments_RegistersTheStore : TempDataFolderTest
{
    [Fact]
    public void One_store_for_the_app()
    {
        var services = new ServiceCollection();
        services.AddSingleton(DataFolder);
        services.AddDraftDocuments();
        using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<DraftFileStore>();

        Assert.Same(store, provider.GetRequiredService<DraftFileStore>());
    }
}
