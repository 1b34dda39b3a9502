"""Chart builders (matplotlib) shared by the screen and the PDF: the dashboard and the lesion
map."""
