/// The low bit of each of eight bytes (read from memory as one little-endian word), byte i's
/// at bit i: one mask and one multiplication, where a loop took a shift and a test a byte.
/// Byte i's bit 0 goes to bit 56 + i: the eight bits land in the top byte, in order.
@inline(__always) func lowBitOfEachByte(_ bytes: UInt64) -> UInt64 {
    ((bytes & 0x0101_0101_0101_0101) &* 0x0102_0408_1020_4080) &>> 56
}
