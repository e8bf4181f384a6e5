global using EhcpQa.Browser.Tests.Support;
global using Xunit;
