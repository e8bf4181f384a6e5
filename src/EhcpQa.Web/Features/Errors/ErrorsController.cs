using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Features.Errors;

/// <summary>
/// Friendly error pages. <c>/error</c> is the exception handler's page; <c>/error/{statusCode}</c>
/// is re-executed by <c>UseStatusCodePagesWithReExecute("/error/{0}")</c>. Neither shows details.
/// Re-execution keeps the original request's method, so the actions accept any method.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[Route("error")]
public sealed class ErrorsController : Controller
{
    [Route("")]
    public IActionResult ServerError()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View();
    }

    /// <summary>
    /// Shown (with 400) instead of any page asked for over plain HTTP where the HTTPS address is not known:
    /// see <c>HttpsRequirementMiddleware</c>.
    /// </summary>
    [Route("use-https")]
    public IActionResult UseHttps()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View();
    }

    /// <summary>
    /// The page for a status code. The code comes from the route only: a form the framework could not read (too big)
    /// is never read again here.
    /// </summary>
    [Route("{statusCode:int}")]
    public IActionResult StatusCodePage([FromRoute] int statusCode)
    {
        if (statusCode is < 400 or > 599)
        {
            statusCode = StatusCodes.Status404NotFound;
        }

        Response.StatusCode = statusCode;
        return statusCode switch
        {
            StatusCodes.Status404NotFound => View("NotFound"),
            StatusCodes.Status403Forbidden => View("Forbidden"),
            StatusCodes.Status429TooManyRequests => View("TooManyAttempts"),
            StatusCodes.Status413PayloadTooLarge => View("TooLarge"),
            >= 500 => View("ServerError"),
            _ => View("Problem"),
        };
    }
}
