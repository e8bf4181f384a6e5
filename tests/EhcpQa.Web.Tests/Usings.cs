global using EhcpQa.Web.Tests.Support;
global using Xunit;
global using DemoData = EhcpQa.Web.Persistence.Seeding.DemoData;
