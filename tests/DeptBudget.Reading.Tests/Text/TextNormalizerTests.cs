using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tests.Text;

/// <summary>
/// The normaliser is asked of every line many times, so it returns text that needs no change as it is and callers skip
/// text that cannot hold a word (MayHold). Both shortcuts must give exactly what the full normalisation gives.
/// </summary>
public class TextNormalizerTests
{
    [Theory]
    [InlineData("政府 性基 金", "政府性基金")]
    [InlineData("部⻔预算", "部门预算")]
    [InlineData("⽀出合计", "支出合计")]
    [InlineData("１２．５０", "12.50")]
    [InlineData("DIP 付费", "DIP付费")]
    [InlineData("Word  Excel", "Word Excel")]
    [InlineData("收入\u3000总计", "收入总计")]
    public void Cell_folds_radicals_and_full_width_and_drops_spaces_between_Chinese_words(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Cell(raw));

    [Theory]
    [InlineData("一般公共预算财政拨款支出表")]
    [InlineData("10,902.00")]
    [InlineData("（一）“三公”经费")]
    [InlineData("")]
    public void Cell_returns_text_that_needs_no_change_as_it_is(string raw)
    {
        var cell = TextNormalizer.Cell(raw);
        Assert.Equal(raw, cell);
        Assert.Same(raw, cell);
    }

    [Theory]
    [InlineData("“三公”经费（万元）", "三公经费万元")]
    [InlineData("目 录", "目录")]
    [InlineData("收支总表", "收支总表")]
    public void Key_drops_punctuation_and_spaces(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Key(raw));

    [Theory]
    [InlineData("目 录", '录', true)]
    [InlineData("⽬录", '目', true)] // ⽬ folds to 目
    [InlineData("附件：部⻔收支总表", '表', true)]
    [InlineData("一、主要职能", '表', false)]
    [InlineData("", '表', false)]
    public void MayHold_says_whether_the_normalised_text_can_hold_an_ideograph(string raw, char ideograph, bool expected) =>
        Assert.Equal(expected, TextNormalizer.MayHold(raw, ideograph));

    [Fact]
    public void MayHold_is_true_wherever_the_normalised_text_holds_the_ideograph()
    {
        // MayHold looks for the ideograph itself or any character of the radical blocks: that is exact only while every
        // character Fold turns into an ideograph lies in those blocks. A mapping added elsewhere must fail here.
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var folded = TextNormalizer.Fold(c);
            if (folded == c || !TextNormalizer.IsIdeograph(folded)) continue;
            Assert.True(TextNormalizer.MayHold(c.ToString(), folded), $"U+{(int)c:X4} folds to {folded} but MayHold misses it");
        }
    }
}
