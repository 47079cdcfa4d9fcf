package io.airisk.report.service;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Lays out an XHTML page (a report rendered by its template for print) into A4 pages and writes
 * them as a PDF, with openhtmltopdf over PDFBox. The page is the service's own template, which
 * Qute escapes, so it parses as XML with the JDK's parser; no resource is fetched from anywhere,
 * and the text is set in the DejaVu Sans font embedded in the service (the subset used), so that
 * every PDF looks the same wherever it is opened and any Latin, Greek or Cyrillic name shows.
 * A render holds its document, its layout and the PDF at once: only {@link PdfConfig#concurrency()}
 * run at a time, and one more is refused at once rather than queued.
 */
@ApplicationScoped
public class PdfRenderer {

    /** The font family the template names for the PDF. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final int REGULAR = 400;
    private static final int BOLD = 700;

    private final PdfConfig config;
    private final Semaphore rendering;

    public PdfRenderer(PdfConfig config) {
        this.config = config;
        this.rendering = new Semaphore(config.concurrency());
        XRLog.setLoggerImpl(new PdfLog());
    }

    /**
     * The PDF of an XHTML page.
     *
     * @throws PdfRenderersBusyException when the instance already renders as many PDFs as it may
     */
    public byte[] render(String xhtml) {
        if (!rendering.tryAcquire()) {
            throw new PdfRenderersBusyException(config.concurrency());
        }
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    // Tagged for screen readers (PDF/UA), which also leaves out PDF's built-in fonts:
                    // setting them up makes PDFBox search the system's fonts, which the image has none of.
                    .usePdfUaAccessbility(true)
                    .withProducer("airisk")
                    .withW3cDocument(parse(xhtml), null)
                    .useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, REGULAR, FontStyle.NORMAL, true)
                    .useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, BOLD, FontStyle.NORMAL, true)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException exception) {
            throw new UncheckedIOException("the report could not be written as a PDF", exception);
        } finally {
            rendering.release();
        }
    }

    /** Takes a place among the renders, as a render does; for tests of a busy renderer. */
    boolean tryHold() {
        return rendering.tryAcquire();
    }

    /** Gives back a place taken by {@link #tryHold()}. */
    void release() {
        rendering.release();
    }

    /** The page as a DOM: XML without external entities or DTDs (the template's doctype names none). */
    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException exception) {
            throw new IllegalStateException("the report's template did not render as well-formed XHTML", exception);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static InputStream font(String file) {
        InputStream font = PdfRenderer.class.getClassLoader().getResourceAsStream("fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("the font fonts/" + file + " is missing from the service");
        }
        return font;
    }
}
