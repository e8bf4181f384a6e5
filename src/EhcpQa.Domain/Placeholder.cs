namespace EhcpQa.Domain;
