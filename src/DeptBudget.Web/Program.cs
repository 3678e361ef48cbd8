using DeptBudget.Web;

// `dotnet run` of this project; the product starts it with `./deptbudget serve`.
return await WebApp.RunAsync(new WebAppOptions(Args: args));

public partial class Program;
