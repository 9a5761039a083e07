package io.pgloop.impl.codec;

import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code money} (OID 790), as a BigDecimal of scale 2. The server's text form follows its {@code
 * lc_monetary} ({@code $1,000.00}, {@code -$3.50}), so pgloop reads the binary form where it can
 * (an int64 count of cents) and, in text, keeps the digits, the sign and the decimal point. It
 * assumes two fractional digits, as every common locale has.
 */
final class MoneyCodec extends BaseCodec<BigDecimal> {

  MoneyCodec() {
    super("money", 790, 791, BigDecimal.class);
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof BigDecimal || IntegerCodecs.isIntegral(value);
  }

  /** Exactly two fractional digits: 1.005 does not fit, 1.5 becomes 1.50. */
  @Override
  public BigDecimal coerce(Object value) {
    BigDecimal d =
        value instanceof BigDecimal b
            ? b
            : IntegerCodecs.isIntegral(value)
                ? BigDecimal.valueOf(((Number) value).longValue())
                : null;
    if (d == null) {
      throw cannotEncode(value);
    }
    try {
      BigDecimal cents = d.setScale(2);
      cents.unscaledValue().longValueExact();
      return cents;
    } catch (ArithmeticException e) {
      throw d.scale() > 2 && d.stripTrailingZeros().scale() > 2
          ? doesNotFit(value, "more than two decimals")
          : doesNotFit(value);
    }
  }

  /* Binary layout (cash_send): int64 amount in the currency's smallest unit (cents). */
  @Override
  public void encodeBinary(BigDecimal value, ByteBuf out) {
    out.writeLong(value.unscaledValue().longValue());
  }

  @Override
  public BigDecimal decodeBinary(ByteBuf buf, int index, int length) {
    checkLength(length, 8);
    return new BigDecimal(BigInteger.valueOf(buf.getLong(index)), 2);
  }

  @Override
  public String encodeText(BigDecimal value) {
    return value.toPlainString();
  }

  @Override
  public BigDecimal decodeText(ByteBuf buf, int index, int length) {
    String s = utf8(buf, index, length);
    StringBuilder digits = new StringBuilder();
    boolean negative = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || c == '.') {
        digits.append(c);
      } else if (c == '-' || c == '(') {
        negative = true;
      }
    }
    try {
      BigDecimal d = new BigDecimal(digits.toString()).setScale(2);
      return negative ? d.negate() : d;
    } catch (NumberFormatException | ArithmeticException e) {
      throw invalid("\"" + s + "\"");
    }
  }
}
