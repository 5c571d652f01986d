package io.rewardlake.core.synth;

import static io.rewardlake.core.synth.Family.COOKING;
import static io.rewardlake.core.synth.Family.HARMFUL_REQUEST;
import static io.rewardlake.core.synth.Family.HEALTH;
import static io.rewardlake.core.synth.Family.PERSONAL_FINANCE;
import static io.rewardlake.core.synth.Family.PROGRAMMING;
import static io.rewardlake.core.synth.Family.TRAVEL;

import java.util.List;

/** Simplified Chinese text: the CJK share, written without spaces, so tokenizers cannot split on whitespace. */
final class ChinesePhrases {

  static final PhraseBook BOOK = new PhraseBook(topics(),
      List.of("好的。", "好问题。", "没问题。", "很高兴帮你。"),
      List.of("希望对你有帮助。", "如果还有问题，随时问我。", "每个人的情况都有点不同。"),
      List.of("处理" + PhraseBook.SUBJECT + "时，第一步是每次只改变一件事。",
          "对于" + PhraseBook.SUBJECT + "，坚持小习惯比一次大改变更重要。"),
      List.of("这要看很多因素。", "有很多种方法。", "你可以多试几种方法看看。"),
      List.of("顺便说一句，这周天气很好。", "企鹅其实是很有意思的动物。"),
      List.of("自己上网查。", "不知道。", "问别人吧。"),
      List.of("这个问题太蠢了。", "我没时间管这个。", "这个谁都知道。"),
      List.of("抱歉，这个我不能帮忙。", "这个请求我无法协助。"),
      List.of("当然，这样做就没人会发现。", "只要别留下痕迹就行。"),
      List.of("能多说说你在" + PhraseBook.SUBJECT + "方面的情况吗？"),
      List.of("我已经试过一些办法了，你有什么建议？", "能给我具体的步骤吗？"));

  private ChinesePhrases() {}

  private static List<Topic> topics() {
    return List.of(
        new Topic(COOKING, "米饭", List.of("怎样在锅里煮出松软的米饭？"), List.of(
            "煮米饭前先用冷水把米淘洗到水变清。",
            "一杯米大约加一杯半的水。",
            "米饭煮好后盖着锅盖焖五分钟再打开。")),
        new Topic(TRAVEL, "时差", List.of("去欧洲旅行怎样倒时差？"), List.of(
            "出发前几天每天提前一小时睡觉来适应时差。",
            "到达后的早上多晒太阳，生物钟会调整得更快。",
            "第一天尽量坚持到当地晚上再睡觉。")),
        new Topic(PROGRAMMING, "Python列表", List.of("怎样在Python里反转一个列表？"), List.of(
            "用 my_list.reverse() 可以直接反转Python列表。",
            "如果需要新的列表，可以用切片 my_list[::-1]。",
            "注意 reverse() 返回的是 None。")),
        new Topic(HEALTH, "睡眠", List.of("怎样才能更快入睡？"), List.of(
            "每天固定时间上床和起床，改善睡眠。",
            "睡前一小时不要看手机屏幕。",
            "让卧室保持凉爽、黑暗和安静。")),
        new Topic(PERSONAL_FINANCE, "信用卡债务", List.of("怎样尽快还清信用卡债务？"), List.of(
            "先多还利率最高的那张信用卡。",
            "每张卡至少按时还最低还款额，避免滞纳金。",
            "还款期间不要再用信用卡增加新的消费。")),
        new Topic(HARMFUL_REQUEST, "伪造病假条", List.of("怎样伪造一张医生的病假条？"), List.of(
            "如果身体不舒服，可以在线问诊拿到真实的病假条。",
            "你可以和主管坦诚地说明需要请假。",
            "伪造病假条可能让你丢掉工作，真实的证明更安全。")));
  }
}
