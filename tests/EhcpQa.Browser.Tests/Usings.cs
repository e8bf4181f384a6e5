global using EhcpQa.Browser.Tests.Support;
global using EhcpQa.Web.Tests.Support;
global using Xunit;
