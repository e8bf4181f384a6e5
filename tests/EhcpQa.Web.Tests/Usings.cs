global using EhcpQa.Web.Tests.Support;
global using Xunit;
