using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Tests.Infrastructure.FeatureFolders.Features.Admin;

/// <summary>A controller whose name differs from its feature folder, as Admin's might.</summary>
public sealed class UsersController : Controller;
