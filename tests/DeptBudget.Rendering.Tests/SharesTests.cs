using DeptBudget.Rendering.Narratives;

namespace DeptBudget.Rendering.Tests;

public class SharesTests
{
    [Fact]
    public void Shares_of_001_are_as_printed() =>
        Assert.Equal([4.76m, 95.24m], Shares.LargestRemainder([519.30m, 10382.70m]));

    [Fact]
    public void Three_thirds_add_to_exactly_100() =>
        Assert.Equal([33.34m, 33.33m, 33.33m], Shares.LargestRemainder([1m, 1m, 1m]));

    [Fact]
    public void Luolong_classes_add_to_100_where_rounding_each_would_not()
    {
        // 002: 47.14 / 4.79 / 5058.44 of 5110.37 — rounded one by one they give 0.92 + 0.09 + 98.98 = 99.99; the hundredth left over goes to 98.98, whose remainder (0.383) is largest.
        var s = Shares.LargestRemainder([47.14m, 4.79m, 5058.44m]);
        Assert.Equal(100.00m, s.Sum());
        Assert.Equal([0.92m, 0.09m, 98.99m], s);
    }

    [Fact]
    public void Nothing_to_share_gives_zeros() => Assert.Equal([0m, 0m], Shares.LargestRemainder([0m, 0m]));
}
