"""Every list and page of the kiosk scrolls with a finger drag (QScroller: touch, and the mouse
events some touchscreens send)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties, QWidget

__all__ = ["enable_touch_scrolling"]


def enable_touch_scrolling(root: QWidget) -> None:
    """A finger drag scrolls every scrollable view under ``root`` (touch gestures, and the
    left-button drag of touchscreens that send mouse events); a tap still clicks."""
    for area in root.findChildren(QAbstractScrollArea):
        viewport = area.viewport()
        if viewport.property("touchScroll"):
            continue
        viewport.setProperty("touchScroll", True)
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        scroller = QScroller.scroller(viewport)
        props = scroller.scrollerProperties()
        props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
                              QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy,
                              QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
        scroller.setScrollerProperties(props)
