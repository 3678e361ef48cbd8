namespace DeptBudget.Web.Tests;

/// <summary>
/// The test classes that start `read-worker` children of this process run one after another, not beside each other:
/// their tests count and pick those children from /proc (the one reading, none left after a read stopped).
/// </summary>
public static class ReadWorkerChildren
{
    public const string Collection = "read-worker children";
}
