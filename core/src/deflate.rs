//! A small DEFLATE encoder (RFC 1951, raw: no zlib or gzip wrapper), for shared links: the
//! state's JSON repeats its figure ids and names year after year, and a link compressed so is
//! less than half as long for three years of figures, short enough for e-mail clients and CMS
//! fields.
//!
//! One block with the fixed Huffman codes, and LZ77 matches found through hash chains: far less
//! code than a general compressor, and within a fifth of its size on the state's JSON. Its
//! reader ([`inflate_fixed`]) reads such blocks (and stored ones), not the dynamic codes other
//! compressors write: it is small enough for the module every page loads, so a link is read
//! at once, as an uncompressed one is, without waiting on the browser's own decompression.

/// The largest distance back a match may reach.
const WINDOW: usize = 32 * 1024;
/// The longest and shortest matches DEFLATE codes.
const MAX_MATCH: usize = 258;
const MIN_MATCH: usize = 3;
/// How many earlier places with the same three bytes are tried for each match.
const CHAIN: usize = 64;
const HASH_BITS: u32 = 12;

/// The first length of each length code (257..=285), and its extra bits.
const LENGTH_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LENGTH_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
/// The first distance of each distance code (0..=29), and its extra bits.
const DISTANCE_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];

/// `data` compressed as one raw DEFLATE block.
pub fn deflate_raw(data: &[u8]) -> Vec<u8> {
    let mut out = Bits::default();
    // The last block (1), with the fixed codes (01).
    out.put(1, 1);
    out.put(1, 2);
    let hash = |at: usize| {
        let key =
            u32::from(data[at]) << 16 | u32::from(data[at + 1]) << 8 | u32::from(data[at + 2]);
        (key.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
    };
    // The last place each hash was seen, and for each place the one before with its hash.
    let mut head = vec![usize::MAX; 1 << HASH_BITS];
    let mut previous = vec![usize::MAX; data.len()];
    let insert = |at: usize, head: &mut [usize], previous: &mut [usize]| {
        if at + MIN_MATCH <= data.len() {
            let h = hash(at);
            previous[at] = head[h];
            head[h] = at;
        }
    };
    let mut at = 0;
    while at < data.len() {
        let (length, distance) = longest_match(data, at, &head, &previous, hash);
        if length >= MIN_MATCH {
            out.length(length);
            out.distance(distance);
            for place in at..at + length {
                insert(place, &mut head, &mut previous);
            }
            at += length;
        } else {
            out.literal(data[at]);
            insert(at, &mut head, &mut previous);
            at += 1;
        }
    }
    // End of block.
    out.symbol(256);
    out.finish()
}

/// The longest earlier match for the bytes at `at` (its length and distance), or length 0.
fn longest_match(
    data: &[u8],
    at: usize,
    head: &[usize],
    previous: &[usize],
    hash: impl Fn(usize) -> usize,
) -> (usize, usize) {
    if at + MIN_MATCH > data.len() {
        return (0, 0);
    }
    let longest = MAX_MATCH.min(data.len() - at);
    let mut best = (0, 0);
    let mut candidate = head[hash(at)];
    for _ in 0..CHAIN {
        if candidate == usize::MAX || at - candidate > WINDOW {
            break;
        }
        let length = (0..longest)
            .take_while(|&i| data[candidate + i] == data[at + i])
            .count();
        if length > best.0 {
            best = (length, at - candidate);
            if length == longest {
                break;
            }
        }
        candidate = previous[candidate];
    }
    best
}

/// Why compressed data could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InflateError {
    /// Not DEFLATE with fixed codes or stored blocks, or cut short.
    Broken,
    /// It would be longer than the limit.
    TooLarge,
}

/// Reads raw DEFLATE of fixed-code and stored blocks (what [`deflate_raw`] writes), refusing
/// more than `limit` bytes.
pub fn inflate_fixed(data: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    let mut bits = Reader {
        data,
        at: 0,
        pending: 0,
        count: 0,
    };
    let mut out = Vec::new();
    loop {
        let last = bits.take(1)? == 1;
        match bits.take(2)? {
            // Stored: from the next byte, its length, the length's complement and the bytes.
            0 => {
                bits.align();
                let (length, complement) = (bits.take(16)?, bits.take(16)?);
                if length ^ 0xffff != complement {
                    return Err(InflateError::Broken);
                }
                for _ in 0..length {
                    out.push(bits.take(8)? as u8);
                }
            }
            1 => loop {
                match bits.symbol()? {
                    byte @ 0..=255 => out.push(byte as u8),
                    256 => break,
                    symbol => {
                        let code = (symbol - 257) as usize;
                        let extra = LENGTH_EXTRA.get(code).ok_or(InflateError::Broken)?;
                        let length =
                            usize::from(LENGTH_BASE[code]) + bits.take((*extra).into())? as usize;
                        let code = bits.code(5)? as usize;
                        let extra = DISTANCE_EXTRA.get(code).ok_or(InflateError::Broken)?;
                        let distance =
                            usize::from(DISTANCE_BASE[code]) + bits.take((*extra).into())? as usize;
                        let from = out
                            .len()
                            .checked_sub(distance)
                            .ok_or(InflateError::Broken)?;
                        for i in 0..length {
                            out.push(out[from + i]);
                        }
                    }
                }
                if out.len() > limit {
                    return Err(InflateError::TooLarge);
                }
            },
            _ => return Err(InflateError::Broken),
        }
        if out.len() > limit {
            return Err(InflateError::TooLarge);
        }
        if last {
            return Ok(out);
        }
    }
}

/// Bits read least significant first, as DEFLATE packs them, a byte at a time into a buffer.
struct Reader<'a> {
    data: &'a [u8],
    at: usize,
    pending: u64,
    count: u32,
}

impl Reader<'_> {
    /// `count` bits (at most 32) as a number, the first the least significant.
    fn take(&mut self, count: u32) -> Result<u32, InflateError> {
        while self.count < count {
            let byte = self.data.get(self.at).ok_or(InflateError::Broken)?;
            self.pending |= u64::from(*byte) << self.count;
            self.count += 8;
            self.at += 1;
        }
        let value = (self.pending & ((1 << count) - 1)) as u32;
        self.pending >>= count;
        self.count -= count;
        Ok(value)
    }

    /// `count` bits (at least 1) of a Huffman code, the first the most significant.
    fn code(&mut self, count: u32) -> Result<u32, InflateError> {
        Ok(self.take(count)?.reverse_bits() >> (32 - count))
    }

    /// A literal/length symbol in the fixed code (7, 8 or 9 bits).
    fn symbol(&mut self) -> Result<u32, InflateError> {
        let code = self.code(7)?;
        if code <= 0x17 {
            return Ok(256 + code);
        }
        let code = code << 1 | self.take(1)?;
        match code {
            0x30..=0xbf => return Ok(code - 0x30),
            0xc0..=0xc7 => return Ok(280 + code - 0xc0),
            _ => {}
        }
        let code = code << 1 | self.take(1)?;
        Ok(144 + code - 0x190)
    }

    /// To the next byte (a stored block's length starts there).
    fn align(&mut self) {
        let past = self.count % 8;
        self.pending >>= past;
        self.count -= past;
    }
}

/// Bits written least significant first, as DEFLATE packs them.
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    pending: u32,
    count: u32,
}

impl Bits {
    fn put(&mut self, value: u32, bits: u32) {
        self.pending |= value << self.count;
        self.count += bits;
        while self.count >= 8 {
            self.out.push(self.pending as u8);
            self.pending >>= 8;
            self.count -= 8;
        }
    }

    /// A Huffman code, whose bits are packed most significant first.
    fn code(&mut self, code: u32, bits: u32) {
        self.put(code.reverse_bits() >> (32 - bits), bits);
    }

    /// A literal/length symbol in the fixed code.
    fn symbol(&mut self, symbol: u32) {
        match symbol {
            0..=143 => self.code(0x30 + symbol, 8),
            144..=255 => self.code(0x190 + symbol - 144, 9),
            256..=279 => self.code(symbol - 256, 7),
            _ => self.code(0xc0 + symbol - 280, 8),
        }
    }

    fn literal(&mut self, byte: u8) {
        self.symbol(u32::from(byte));
    }

    fn length(&mut self, length: usize) {
        let code = LENGTH_BASE
            .iter()
            .rposition(|&b| usize::from(b) <= length)
            .unwrap_or(0);
        self.symbol(257 + code as u32);
        self.put(
            (length - usize::from(LENGTH_BASE[code])) as u32,
            LENGTH_EXTRA[code].into(),
        );
    }

    fn distance(&mut self, distance: usize) {
        let code = DISTANCE_BASE
            .iter()
            .rposition(|&b| usize::from(b) <= distance)
            .unwrap_or(0);
        self.code(code as u32, 5);
        self.put(
            (distance - usize::from(DISTANCE_BASE[code])) as u32,
            DISTANCE_EXTRA[code].into(),
        );
    }

    fn finish(mut self) -> Vec<u8> {
        if self.count > 0 {
            self.out.push(self.pending as u8);
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inflate(bytes: &[u8]) -> Vec<u8> {
        miniz_oxide::inflate::decompress_to_vec(bytes).expect("valid DEFLATE")
    }

    #[test]
    fn what_is_compressed_inflates_to_itself() {
        for text in [
            "",
            "a",
            "ab",
            "abc",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "{\"2018\":{\"population_16_66\":16902},\"2019\":{\"population_16_66\":16884}}",
            "Flygtninge og familiesammenførte integreres på arbejdsmarkedet hurtigst muligt",
        ] {
            assert_eq!(
                inflate(&deflate_raw(text.as_bytes())),
                text.as_bytes(),
                "{text}"
            );
        }
        // Every byte, long runs, and matches at the window's far end and longer than 258.
        let mut data: Vec<u8> = (0..=255).collect();
        data.extend(std::iter::repeat_n(7u8, 1000));
        let block: Vec<u8> = (0..40_000u32).map(|i| (i * 7 % 251) as u8).collect();
        data.extend(&block);
        data.extend(&block[..600]);
        assert_eq!(inflate(&deflate_raw(&data)), data);
    }

    #[test]
    fn its_own_reader_reads_it_and_stored_blocks_and_refuses_the_rest() {
        let text = "{\"2018\":{\"population_16_66\":16902},\"2019\":{\"population_16_66\":16884}}"
            .repeat(30);
        let written = deflate_raw(text.as_bytes());
        assert_eq!(
            inflate_fixed(&written, 1 << 20),
            Ok(text.clone().into_bytes())
        );
        assert_eq!(
            inflate_fixed(&written, text.len() - 1),
            Err(InflateError::TooLarge)
        );
        assert_eq!(
            inflate_fixed(&written[..written.len() / 2], 1 << 20),
            Err(InflateError::Broken)
        );
        // A stored block (as zlib writes for what does not compress): "ab".
        assert_eq!(
            inflate_fixed(&[1, 2, 0, 0xfd, 0xff, b'a', b'b'], 10),
            Ok(b"ab".to_vec())
        );
        assert_eq!(
            inflate_fixed(&[1, 2, 0, 0, 0, b'a', b'b'], 10),
            Err(InflateError::Broken)
        );
        // Dynamic codes (what other compressors write for longer text) are not read.
        assert_eq!(inflate_fixed(&[0b101], 10), Err(InflateError::Broken));
        assert_eq!(inflate_fixed(&[], 10), Err(InflateError::Broken));
    }

    #[test]
    fn repeated_ids_are_written_once() {
        let text = "\"population_16_66\":1,".repeat(20);
        assert!(deflate_raw(text.as_bytes()).len() < text.len() / 5);
    }
}
