//! Drawing screens without a display, with Slint's software renderer: for `relais storyboard`,
//! the screenshot tests and the benchmarks. The same `.slint` files as the kiosk, pixel for pixel.

use std::path::Path;
use std::rc::Rc;

use anyhow::{Context, anyhow, bail};
use slint::platform::software_renderer::{
    MinimalSoftwareWindow, PremultipliedRgbaColor, RepaintBufferType,
};
use slint::platform::{Platform, PlatformError, WindowAdapter};
use slint::{ComponentHandle, PhysicalSize};

use crate::ui;

struct HeadlessPlatform {
    window: Rc<MinimalSoftwareWindow>,
}

impl Platform for HeadlessPlatform {
    fn create_window_adapter(&self) -> Result<Rc<dyn WindowAdapter>, PlatformError> {
        Ok(self.window.clone())
    }
}

/// A kiosk window that renders into memory. One per thread: Slint's platform is per thread.
pub struct Headless {
    pub app: ui::App,
    window: Rc<MinimalSoftwareWindow>,
}

impl Headless {
    pub fn new(width: u32, height: u32) -> anyhow::Result<Self> {
        let window = MinimalSoftwareWindow::new(RepaintBufferType::NewBuffer);
        slint::platform::set_platform(Box::new(HeadlessPlatform {
            window: window.clone(),
        }))
        .map_err(|e| anyhow!("the headless renderer cannot start: {e}"))?;
        let app = ui::App::new().context("the UI cannot be created")?;
        window.set_size(PhysicalSize::new(width, height));
        app.show().context("the UI cannot be shown")?;
        Ok(Headless { app, window })
    }

    pub fn resize(&self, width: u32, height: u32) {
        self.window.set_size(PhysicalSize::new(width, height));
    }

    /// The current screen as RGBA pixels: (width, height, bytes).
    pub fn snapshot(&self) -> anyhow::Result<(u32, u32, Vec<u8>)> {
        let shot = self
            .app
            .window()
            .take_snapshot()
            .context("the screen cannot be rendered")?;
        Ok((shot.width(), shot.height(), shot.as_bytes().to_vec()))
    }

    /// Draws the whole current screen into `buffer` (width × height pixels, row by row), as the
    /// kiosk's window does when the screen changes, without the conversion and copies a snapshot
    /// adds: what the benchmarks time. Returns whether anything was drawn.
    pub fn draw_frame(&self, buffer: &mut [PremultipliedRgbaColor]) -> bool {
        let width = self.window.size().width as usize;
        self.window.request_redraw();
        self.window.draw_if_needed(|renderer| {
            renderer.render(buffer, width);
        })
    }

    pub fn save_png(&self, path: &Path) -> anyhow::Result<()> {
        let (width, height, pixels) = self.snapshot()?;
        write_png(path, width, height, &pixels)
    }
}

/// Writes RGBA pixels as a PNG file.
pub fn write_png(path: &Path, width: u32, height: u32, rgba: &[u8]) -> anyhow::Result<()> {
    let file = std::fs::File::create(path)
        .with_context(|| format!("{} cannot be written", path.display()))?;
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(rgba)?;
    writer.finish()?;
    Ok(())
}

/// A screen size written `WxH` (`1920x1080`), 320 to 8000 pixels each way.
pub fn parse_size(size: &str) -> anyhow::Result<(u32, u32)> {
    let (w, h) = size
        .split_once(['x', 'X'])
        .with_context(|| format!("size `{size}` is not WxH, e.g. 1920x1080"))?;
    let w: u32 = w
        .parse()
        .with_context(|| format!("width `{w}` is not a number"))?;
    let h: u32 = h
        .parse()
        .with_context(|| format!("height `{h}` is not a number"))?;
    if !(320..=8000).contains(&w) || !(320..=8000).contains(&h) {
        bail!("size {w}x{h} is out of range (320 to 8000 pixels each way)");
    }
    Ok((w, h))
}
