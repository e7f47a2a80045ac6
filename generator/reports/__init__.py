"""Reports over validated projects: `szj status` text and the Secretary's register."""
