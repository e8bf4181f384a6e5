using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK file upload: <c>&lt;govuk-file-upload asp-for="Upload.Document" accept=".docx" /&gt;</c>, bound to an
/// <c>IFormFile</c> property. A file is never re-filled after an error (browsers do not allow it); the
/// error message says what to choose again.
/// </summary>
[HtmlTargetElement("govuk-file-upload", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukFileUploadTagHelper : GovukLabelledFieldTagHelperBase
{
    /// <summary>The file types offered by the browser's picker, for example <c>.docx</c>.</summary>
    [HtmlAttributeName("accept")]
    public string? Accept { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-file-upload");
        input.Attributes["id"] = FieldId;
        input.Attributes["name"] = FieldName;
        input.Attributes["type"] = "file";
        if (!string.IsNullOrEmpty(Accept))
        {
            input.Attributes["accept"] = Accept;
        }

        RenderFormGroup(output, input, "govuk-file-upload--error");
    }
}
