namespace DeptBudget.Storage.Tests;

public sealed class JsonDiffTests
{
    [Fact]
    public void Reports_changed_added_and_removed_values_by_path()
    {
        var changes = JsonDiff.Compare("""{"a":1,"b":[1,2],"c":{"d":"x"}}""", """{"a":1,"b":[1,3,4],"c":{}}""");
        Assert.Equal(["$.b[1]", "$.b[2]", "$.c.d"], changes.Select(c => c.Path));
        var (before, after) = JsonDiff.AsObjects(changes);
        Assert.Equal("""{"$.b[1]":2,"$.b[2]":null,"$.c.d":"x"}""", before);
        Assert.Equal("""{"$.b[1]":3,"$.b[2]":4,"$.c.d":null}""", after);
    }

    [Fact]
    public void Equal_documents_have_no_changes() =>
        Assert.Equal((null, null), JsonDiff.AsObjects(JsonDiff.Compare("""{"a":[1,{"b":2}]}""", """{"a":[1,{"b":2}]}""")));
}
