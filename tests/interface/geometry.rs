//! Rectangles in window pixels, shared by the layout tests (`layouts`: tappable boxes) and the
//! text-fit test (`text_fit`: each text's box): where a thing lies, whether one holds another,
//! and how far apart two are. Each test builds them from what it reads (an `ElementHandle`,
//! an item of Slint's tree) in a constructor of its own (`of_element`, `of_item`).

/// Half a pixel: layouts round to pixels, measures are fractional.
pub const SLACK: f32 = 0.5;

#[derive(Clone, Copy, Debug)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    /// The distance between two rectangles: the larger of the horizontal and vertical gaps
    /// (negative when they overlap).
    pub fn gap(&self, other: &Rect) -> f32 {
        let dx = (other.x - (self.x + self.w)).max(self.x - (other.x + other.w));
        let dy = (other.y - (self.y + self.h)).max(self.y - (other.y + other.h));
        dx.max(dy)
    }

    pub fn holds_columns_of(&self, other: &Rect) -> bool {
        other.x >= self.x - SLACK && other.x + other.w <= self.x + self.w + SLACK
    }

    pub fn holds_rows_of(&self, other: &Rect) -> bool {
        other.y >= self.y - SLACK && other.y + other.h <= self.y + self.h + SLACK
    }

    pub fn holds(&self, other: &Rect) -> bool {
        self.holds_columns_of(other) && self.holds_rows_of(other)
    }
}
